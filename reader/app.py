"""Command line and start-up: ``reader [FILE...]``, ``reader --json``, shortcuts."""

from __future__ import annotations

import argparse

from reader import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read an article with its people, organisations and places highlighted.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="document(s) to open")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON; no window")
    parser.add_argument("--out", metavar="DIR", help="with --json: write DIR/<name>.json per FILE")
    parser.add_argument(
        "--no-corrections",
        action="store_true",
        help="with --json: the raw analysis, without the corrections you saved",
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline package or folder to use")
    parser.add_argument(
        "--install-shortcut",
        action="store_true",
        help="add Entity Reader to the desktop and the applications menu",
    )
    parser.add_argument("--version", action="version", version=f"Entity Reader {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``reader`` and ``reader-gui`` commands."""
    args = build_parser().parse_args(argv)
    if args.json:
        from reader.cli import run_json

        return run_json(args.files, args.out, args.model, corrections=not args.no_corrections)
    if args.install_shortcut:
        from reader.shortcut import install_shortcuts

        return install_shortcuts()
    # Qt is imported only now, so --json never pays for it.
    from reader.ui.application import run_window

    return int(run_window(args.files, args.model))
