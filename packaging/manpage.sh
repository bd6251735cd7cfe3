#!/usr/bin/env bash
# Writes the man page of one program from its own --help and --version (help2man), so that the
# page never drifts from the program. For wsctl it adds every command's own help.
# Usage: manpage.sh PROGRAM OUTPUT "NAME SECTION TEXT" [--wsctl-commands]
set -euo pipefail
trap 'echo "$(basename "$0"): line $LINENO failed: $BASH_COMMAND" >&2' ERR
program=$1 output=$2 name=$3 commands=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

args=(--no-info --section=1 --name="$name" --output="$output")
if [ "$commands" = "--wsctl-commands" ]; then
    WSCTL=$program
    # shellcheck source=wsctl-help.sh
    . "$here/wsctl-help.sh"
    mapfile -t names < <(wsctl_commands)
    if [ ${#names[@]} -eq 0 ]; then
        echo "manpage: \"$program --help\" lists no commands" >&2
        exit 1
    fi
    for i in "${!names[@]}"; do
        wsctl_command_help "${names[$i]}" >"$work/$i"
    done
    # Every command's help ends with the same global options and exit codes, which the page
    # shows once: drop the lines that all of them share at the end.
    common=0
    while :; do
        first=$(tail -n $((common + 1)) "$work/0" | head -n 1)
        [ "$(wc -l <"$work/0")" -gt $((common + 1)) ] || break
        same=1
        for i in "${!names[@]}"; do
            if [ "$(wc -l <"$work/$i")" -le $((common + 1)) ] \
                || [ "$(tail -n $((common + 1)) "$work/$i" | head -n 1)" != "$first" ]; then
                same=0
                break
            fi
        done
        [ $same -eq 1 ] || break
        common=$((common + 1))
    done
    {
        echo "[COMMANDS IN DETAIL]"
        echo "Each command's own help (\\fBwsctl\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR)."
        echo "Every command also takes the global options above, and exits with the codes above."
        for i in "${!names[@]}"; do
            echo ".SS \"wsctl ${names[$i]}\""
            echo ".nf"
            # roff: a backslash is \e; a line that starts with . or ' is text, not a request.
            head -n $(($(wc -l <"$work/$i") - common)) "$work/$i" \
                | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
            echo ".fi"
        done
    } >"$work/commands.h2m"
    args+=(--include="$work/commands.h2m")
fi

# Run by name from its folder, so that the usage line says "wsemu", not the build path; in a
# throw-away HOME with the English messages and no display.
home="$work/home"
mkdir -p "$home"
PATH="$(cd "$(dirname "$program")" && pwd):$PATH" HOME="$home" XDG_CONFIG_HOME="$home" \
    LANGUAGE= QT_QPA_PLATFORM=offscreen \
    help2man "${args[@]}" "$(basename "$program")"
