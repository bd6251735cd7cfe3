#!/usr/bin/env bash
# Runs a program under Xvfb, waits, and saves a screenshot of the whole screen.
#   scripts/screenshot.sh OUT.png [--wait SECONDS] [--size WxH] -- program args...
# Needs xvfb, xauth and imagemagick (developer tool; not used by the tests).
set -euo pipefail
out="$1"; shift
wait_s=4
size=1440x900
while [ $# -gt 0 ]; do
    case "$1" in
        --wait) wait_s="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --) shift; break ;;
        *) echo "screenshot: unknown option $1" >&2; exit 2 ;;
    esac
done
inner=$(mktemp)
cat > "$inner" <<INNER
#!/usr/bin/env bash
"\$@" &
pid=\$!
sleep $wait_s
import -window root "$out"
kill \$pid 2>/dev/null || true
wait \$pid 2>/dev/null || true
INNER
chmod +x "$inner"
xvfb-run -a -s "-screen 0 ${size}x24" "$inner" "$@"
rm -f "$inner"
echo "screenshot: $out"
