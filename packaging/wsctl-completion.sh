#!/usr/bin/env bash
# Writes wsctl's bash completion from wsctl's own help: the commands of "wsctl --help", the
# options of each "wsctl <command> --help" and of the global options, and the values an option
# takes ("--os Windows|Linux" completes Windows and Linux, "--spec FILE" a file name).
# Usage: wsctl-completion.sh WSCTL OUTPUT
set -euo pipefail
trap 'echo "$(basename "$0"): line $LINENO failed: $BASH_COMMAND" >&2' ERR
WSCTL=$1
output=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=wsctl-help.sh
. "$here/wsctl-help.sh"

# What an option's value placeholder completes: "@file", "@any" (free text), or the words of
# "a|b|c" (placeholders such as HOST:PORT among them are left out).
value_kind() {
    case "$1" in
    *FILE* | PATH | DIR | *.json | *.csv) echo "@file" ;;
    *"|"*)
        local words=() word
        IFS='|' read -r -a parts <<<"$1"
        for word in "${parts[@]}"; do
            [[ $word =~ ^[A-Za-z0-9_.-]+$ ]] && words+=("$word")
        done
        echo "${words[*]:-@any}"
        ;;
    *) echo "@any" ;;
    esac
}

mapfile -t commands < <(wsctl_commands)
if [ ${#commands[@]} -eq 0 ]; then
    echo "wsctl-completion: \"$WSCTL --help\" lists no commands" >&2
    exit 1
fi
globals=$(wsctl_run --help | wsctl_options)

options_cases=""
values_cases=""
files_cases=""
for command in "${commands[@]}"; do
    help=$(wsctl_command_help "$command")
    # Options of the command itself, without the global ones its help repeats
    # (and those that only its usage line names), the first mention of each.
    own=$({
        printf '%s\n' "$help" | wsctl_options
        printf '%s\n' "$help" | wsctl_usage_options
    } | grep -vxF -f <(printf '%s\n' "$globals") | awk '!seen[$1]++' || true)
    names=$(printf '%s\n' "$own" | awk 'NF { print $1 }' | sort -u | tr '\n' ' ')
    options_cases+="    '$command') words='${names% }' ;;"$'\n'
    while read -r name value; do
        [ -n "$name" ] && [ -n "$value" ] || continue
        values_cases+="    '$command|$name') echo '$(value_kind "$value")' ;;"$'\n'
    done <<<"$own"
    # A file name as the first argument ("Usage: wsctl users check FILE [options]").
    # The first line by expansion: "printf | head -n 1" can die of SIGPIPE under pipefail once
    # head has read its line and left while printf still writes a long help.
    usage=${help%%$'\n'*}
    first=${usage#"Usage: wsctl $command"}
    first=${first# }
    first=${first%% *}
    first=${first#[}
    first=${first%]}
    if [ "$(value_kind "$first")" = "@file" ]; then
        files_cases+="    '$command') return 0 ;;"$'\n'
    fi
done
global_names=$(printf '%s\n' "$globals" | awk 'NF { print $1 }' | tr '\n' ' ')
while read -r name value; do
    [ -n "$name" ] && [ -n "$value" ] || continue
    values_cases+="    *'|$name') echo '$(value_kind "$value")' ;;"$'\n'
done <<<"$globals"
command_list=$(printf '%s\n' "${commands[@]}")

cat >"$output" <<SCRIPT
# bash completion for wsctl. Generated at build time from "wsctl --help" and each
# "wsctl <command> --help" by packaging/wsctl-completion.sh: do not edit.

# The options of a command, besides the global ones.
_wsctl_options() {
    local words=
    case \$1 in
${options_cases}    esac
    echo "\$words"
}

# What the value of option \$2 of command \$1 is: words to choose from, @file, or @any; nothing
# for an option without a value.
_wsctl_value() {
    case "\$1|\$2" in
${values_cases}    esac
}

# Whether the command's first argument is a file.
_wsctl_takes_file() {
    case \$1 in
${files_cases}    esac
    return 1
}

_wsctl() {
    local commands='${command_list}'
    local globals='${global_names% }'
    local cur=\${COMP_WORDS[COMP_CWORD]} option= i word command= line=
    COMPREPLY=()
    # bash splits "--format=js" at "=": complete the value of the option before it.
    if ((COMP_CWORD >= 2)) && [[ \$cur == = ]]; then
        option=\${COMP_WORDS[COMP_CWORD - 1]}
        cur=
    elif ((COMP_CWORD >= 3)) && [[ \${COMP_WORDS[COMP_CWORD - 1]} == = ]]; then
        option=\${COMP_WORDS[COMP_CWORD - 2]}
    fi

    # The command: the longest one whose words start the words typed (options and their values
    # left out).
    local typed=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=\${COMP_WORDS[i]}
        if [[ \$word == -* ]]; then
            if [[ \${COMP_WORDS[i + 1]} == = ]]; then
                ((i += 2))
            elif ((i + 1 < COMP_CWORD)) && [[ -n \$(_wsctl_value "\$command" "\$word") ]]; then
                ((i += 1))
            fi
            continue
        fi
        [[ \$word == = ]] && continue
        typed+=("\$word")
        line="\${typed[*]}"
        while read -r word; do
            [[ "\$line " == "\$word "* && \${#word} -gt \${#command} ]] && command=\$word
        done <<<"\$commands"
    done
    line="\${typed[*]}"

    if [[ -z \$option ]] && ((COMP_CWORD >= 2)) && [[ \${COMP_WORDS[COMP_CWORD - 1]} == -* ]]; then
        option=\${COMP_WORDS[COMP_CWORD - 1]}
        [[ -n \$(_wsctl_value "\$command" "\$option") ]] || option=
    fi
    if [[ -n \$option ]]; then
        local value
        value=\$(_wsctl_value "\$command" "\$option")
        case \$value in
        @file)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "\$cur")
            ;;
        @any | '') ;;
        *) mapfile -t COMPREPLY < <(compgen -W "\$value" -- "\$cur") ;;
        esac
        return 0
    fi
    if [[ \$cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "\$(_wsctl_options "\$command") \$globals" -- "\$cur")
        return 0
    fi
    if [[ -z \$command ]]; then
        # The next word of every command that starts with the words typed.
        local next=() n=\${#typed[@]} parts
        while read -r word; do
            [[ -z \$line || "\$word " == "\$line "* ]] || continue
            read -r -a parts <<<"\$word"
            ((\${#parts[@]} > n)) && [[ " \${next[*]} " != *" \${parts[n]} "* ]] && next+=("\${parts[n]}")
        done <<<"\$commands"
        mapfile -t COMPREPLY < <(compgen -W "\${next[*]}" -- "\$cur")
        return 0
    fi
    if _wsctl_takes_file "\$command"; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "\$cur")
    fi
    return 0
}
complete -F _wsctl wsctl
SCRIPT
bash -n "$output"
