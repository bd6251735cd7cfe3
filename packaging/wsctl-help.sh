# Reads wsctl's own help, in English, for the generators of the man page and the bash
# completion: the commands that "wsctl --help" lists and each one's "wsctl <command> --help".
# Sourced; needs WSCTL (the executable). Generating from the program keeps both from drifting.

wsctl_run() {
    # A throw-away HOME: printing help must never read or write the builder's profiles.
    # The output is captured whole before anyone reads it, so that a reader stopping early
    # (awk's exit, head) never cuts wsctl off with SIGPIPE; a run that fails is said and tried
    # once more (parallel builds have seen one fail without a word).
    local home text code attempt
    for attempt in 1 2; do
        home=$(mktemp -d)
        code=0
        text=$(HOME="$home" XDG_CONFIG_HOME="$home" LC_ALL=C.UTF-8 LANGUAGE= \
            QT_QPA_PLATFORM=offscreen "$WSCTL" --lang en "$@") || code=$?
        rm -rf "$home"
        [ "$code" -eq 0 ] && break
        echo "wsctl-help: \"wsctl $*\" exited with $code (attempt $attempt)" >&2
    done
    [ "$code" -eq 0 ] || return "$code"
    printf '%s\n' "$text"
}

# One command per line ("users check"): the names of the "Commands:" section, which end where
# two spaces start the summary.
wsctl_commands() {
    wsctl_run --help | awk '
        /^Commands:/ { inside = 1; next }
        inside && /^[^ ]/ { exit }
        inside && /^  [^ ]/ { sub(/^  /, ""); split($0, parts, /  +/); if (parts[1] != "") print parts[1] }'
}

# The help of one command; fails unless it is the help of that command.
wsctl_command_help() {
    local command=$1 text
    # shellcheck disable=SC2086 # the command's words are separate arguments
    text=$(wsctl_run $command --help) || {
        echo "wsctl-help: \"wsctl $command --help\" failed" >&2
        return 1
    }
    case "$text" in
    "Usage: wsctl $command"*) printf '%s\n' "$text" ;;
    *)
        echo "wsctl-help: \"wsctl $command --help\" does not start with its usage line" >&2
        return 1
        ;;
    esac
}

# The option lines of a help text: "NAME VALUE" (VALUE empty for a flag), one per line. An
# option line starts with "-" after two spaces (deeper lines are descriptions or examples); a
# value follows the name after one space, the description after two or more.
wsctl_options() {
    awk '
        /^  -/ {
            line = $0
            sub(/^  /, "", line)
            if (line ~ /^-[A-Za-z], /) line = substr(line, 5)
            if (line !~ /^--[A-Za-z0-9-]+/) next
            name = line; sub(/[ =].*$/, "", name)
            rest = substr(line, length(name) + 1)
            value = ""
            if (rest ~ /^[ =][^ ]/) { value = substr(rest, 2); sub(/ .*$/, "", value) }
            print name " " value
        }'
}

# The options that the usage line (the first line) names, in the same "NAME VALUE" form: some
# commands name their only option there ("Usage: wsctl jobs export ID --out FILE.csv").
wsctl_usage_options() {
    head -n 1 | awk '{
        for (i = 1; i <= NF; ++i) {
            word = $i; gsub(/[][]/, "", word)
            if (word !~ /^--[A-Za-z0-9-]+$/) continue
            value = (i < NF) ? $(i + 1) : ""; gsub(/[][]/, "", value)
            if (value ~ /^-/ || value == "options") value = ""
            print word " " value
        }
    }'
}
