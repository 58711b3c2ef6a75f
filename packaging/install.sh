#!/bin/sh
# Install Entity Reader from this unpacked bundle, for the current user only:
#   the program  -> ~/.local/opt/entity-reader/   (ENTITY_READER_PREFIX to change it)
#   the command  -> ~/.local/bin/reader           (a link)
#   the menu entry with its document types (plain text, Markdown, HTML, PDF, .docx, EPUB),
#   the icons and a desktop icon, by the program's own `reader --install-shortcut`.
# Run it again to update; remove with `rm -rf ~/.local/opt/entity-reader ~/.local/bin/reader`
# and the files it printed.
set -eu
here=$(cd "$(dirname "$0")" && pwd -P)
prefix=${ENTITY_READER_PREFIX:-"$HOME/.local/opt/entity-reader"}
bindir="$HOME/.local/bin"

if [ ! -x "$here/reader" ]; then
  echo "install.sh: no program 'reader' beside this script; unpack the whole archive" >&2
  exit 1
fi
if [ "$here" != "$(cd "$(dirname "$prefix")" 2>/dev/null && pwd -P)/$(basename "$prefix")" ]; then
  if [ -e "$prefix" ]; then
    # Only ever replace an earlier copy of Entity Reader, never some other folder.
    if [ ! -x "$prefix/reader" ] || [ ! -f "$prefix/install.sh" ]; then
      echo "install.sh: $prefix exists and is not Entity Reader; not touching it" >&2
      exit 1
    fi
    rm -rf "$prefix"
  fi
  mkdir -p "$(dirname "$prefix")"
  cp -R "$here" "$prefix"
  echo "Copied the program to $prefix"
fi
mkdir -p "$bindir"
ln -sfn "$prefix/reader" "$bindir/reader"
echo "Created $bindir/reader"
"$prefix/reader" --install-shortcut
case ":$PATH:" in
  *":$bindir:"*) ;;
  *) echo "Note: $bindir is not on your PATH; start Entity Reader from the menu, or add it." ;;
esac
