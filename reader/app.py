"""Command line and start-up: ``reader [FILE...]``, ``reader --json``, shortcuts."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from reader.version import describe_version

    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read an article with its people, organisations and places highlighted.",
        epilog="reader library add|list|actors|search ...: the documents you have read "
        "(reader library --help).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="document(s) to open")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON; no window")
    parser.add_argument("--out", metavar="DIR", help="with --json: write DIR/<name>.json per FILE")
    parser.add_argument(
        "--no-corrections",
        action="store_true",
        help="with --json: the raw analysis, without the corrections you saved",
    )
    parser.add_argument(
        "--pronouns",
        action="store_true",
        help=(
            'with --json: add pronoun and description links ("he", "the ministry"), marked inferred'
        ),
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="with --json: analyse afresh instead of reusing the saved analysis",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline package or folder to use")
    parser.add_argument(
        "--install-shortcut",
        action="store_true",
        help="add Entity Reader to the desktop and the applications menu",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=describe_version(),
        help="say the version and "
        "whether this is the standalone bundle or the Python package, and exit",
    )
    return parser


def missing_display() -> str:
    """Why no window can open here, or ``""``; Qt itself would abort with a core dump."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no graphical display to open the window on (DISPLAY is not set). "
        "Use reader --json FILE for the analysis without a window."
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``reader`` and ``reader-gui`` commands."""
    given = sys.argv[1:] if argv is None else argv
    if given[:1] == ["library"]:  # a file named "library" opens as ./library
        from reader.library_cli import main as library_main

        return library_main(given[1:])
    if not any(arg.startswith("-") for arg in given):
        # Only files (or nothing): straight to the window. argparse and the version's
        # platform details cost some 7 ms of a start that is meant to match a bare window.
        return open_window(given, None)
    args = build_parser().parse_args(given)
    if args.json:
        from reader.cli import run_json

        return run_json(
            args.files,
            args.out,
            args.model,
            corrections=not args.no_corrections,
            pronouns=args.pronouns,
            cache=not args.no_cache,
        )
    if args.install_shortcut:
        from reader.shortcut import install_shortcuts

        return install_shortcuts()
    return open_window(args.files, args.model)


def open_window(files: list[str], model: str | None) -> int:
    """Run the window on ``files``, or say why no window can open here."""
    missing = missing_display()
    if missing:
        print(f"reader: {missing}", file=sys.stderr)
        return 2
    # Qt is imported only now, so --json never pays for it.
    from reader.ui.application import run_window

    return int(run_window(files, model))
