#!/bin/sh
# The Dockerfile's two install steps, without Docker: build aire's wheel and the pinned
# wheels (the only step that downloads), then install them into a fresh venv with
# --no-index, as the image does, and run `aire doctor` from it.
#   sh deploy/docker/install_offline.sh /tmp/aire-image
set -eu
out=${1:?usage: install_offline.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$out/wheels"
cp "$here/requirements.lock" "$out/wheels/requirements.lock"
pip wheel --no-deps --wheel-dir "$out/wheels" "$root"
pip wheel --no-deps --wheel-dir "$out/wheels" --requirement "$out/wheels/requirements.lock"
python3 -m venv "$out/venv"
PIP_NO_INDEX=1 "$out/venv/bin/pip" install --no-index --find-links "$out/wheels" \
  --requirement "$out/wheels/requirements.lock"
PIP_NO_INDEX=1 "$out/venv/bin/pip" install --no-index --no-deps --find-links "$out/wheels" aire
"$out/venv/bin/aire" doctor
