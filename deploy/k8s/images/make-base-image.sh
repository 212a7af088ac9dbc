#!/usr/bin/env bash
# Makes the base image the services' images start from, offline, from this machine's JDK: a root file system
# holding the JDK (or JRE) directory, the shared libraries it loads, a POSIX shell, a passwd entry for the
# user 185 and a writable /tmp, imported with `podman import`. No registry is needed.
#
#   deploy/k8s/images/make-base-image.sh [image-name] [java-home]
#     image-name  default localhost/supervision/jre-base:17
#     java-home   default: the JDK of the `java` on the PATH
#
# In production, use your registry's hardened JRE 17+ image instead (the build property images.base):
# anything with `java` on the PATH and /bin/sh works, the images run as user 185.
set -euo pipefail

IMAGE="${1:-localhost/supervision/jre-base:17}"
JAVA_HOME_DIR="${2:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
command -v podman >/dev/null || { echo "podman is not installed (apt-get install -y podman runc)" >&2; exit 1; }
[ -x "$JAVA_HOME_DIR/bin/java" ] || { echo "no java in $JAVA_HOME_DIR" >&2; exit 1; }

ROOT="$(mktemp -d)"
trap 'rm -rf "$ROOT"' EXIT

copy() { # a file or directory, with its path, links dereferenced into real files (a dangling link, e.g. a
         # src.zip whose package is not installed, is left out)
  local source="$1"
  mkdir -p "$ROOT$(dirname "$source")"
  cp -a --dereference "$source" "$ROOT$(dirname "$source")/" 2>/dev/null || true
}

copy "$JAVA_HOME_DIR"
# what a running service never needs: modules for jlink, headers, manuals, sources
rm -rf "$ROOT$JAVA_HOME_DIR"/{jmods,include,man,demo,lib/src.zip}
[ -x "$ROOT$JAVA_HOME_DIR/bin/java" ] || { echo "the JDK was not copied" >&2; exit 1; }
# the JDK's links out of its folder (Debian: conf -> /etc/java-17-openjdk, cacerts -> /etc/ssl/certs/java) are now files
# every shared library the JVM, its libraries and the shell load, found by the dynamic loader itself
{
  find "$JAVA_HOME_DIR" -name '*.so' -o -path '*/bin/*' -type f
  echo /bin/dash
} | while read -r binary; do ldd "$binary" 2>/dev/null || true; done \
  | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r library; do copy "$library"; done
# glibc's loader and name-service modules (DNS in a pod), found by name since nothing links them
for library in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
               /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$library" ] && copy "$library"
done
mkdir -p "$ROOT/bin" "$ROOT/tmp" "$ROOT/etc" "$ROOT/deployments"
cp -L /bin/dash "$ROOT/bin/sh"
chmod 1777 "$ROOT/tmp"
printf 'root:x:0:0:root:/root:/bin/sh\napp:x:185:185:app:/tmp:/bin/sh\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\napp:x:185:\n' > "$ROOT/etc/group"
printf 'hosts: files dns\n' > "$ROOT/etc/nsswitch.conf"
[ -d /usr/share/zoneinfo ] && copy /usr/share/zoneinfo

tar -C "$ROOT" -c . | podman import \
  --change "ENV JAVA_HOME=$JAVA_HOME_DIR" \
  --change "ENV PATH=$JAVA_HOME_DIR/bin:/bin" \
  --change "ENV LANG=C.UTF-8" \
  --change "USER 185" \
  - "$IMAGE"
podman run --rm "$IMAGE" java -version
echo "base image: $IMAGE"
