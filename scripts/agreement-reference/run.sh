#!/bin/sh
# Remakes test/fixtures/agreement-reference.json from scratch (README.md). Needs node, Debian's python3 with
# python3-sklearn, and R with r-cran-psych, r-cran-vcd and r-cran-jsonlite.
set -eu
here=$(dirname "$0")
node "$here/make-datasets.mjs"
/usr/bin/python3 "$here/reference.py"
Rscript "$here/reference.R"
node "$here/combine.mjs"
