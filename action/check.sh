#!/usr/bin/env bash
# The GitHub Action's check step (action.yml), also usable from any CI:
# expands the file patterns, runs signdoctor check once, prints the text
# report to the log, writes the SARIF log, appends the Markdown report to
# $GITHUB_STEP_SUMMARY, sets the step's outputs and exits with signdoctor's
# status.
#
# Environment: SIGNDOCTOR (the binary; default signdoctor on PATH),
# INPUT_FILES (patterns, one per line), INPUT_FAIL_ON, INPUT_NOW,
# INPUT_DEVICE, INPUT_CONFIG, INPUT_SARIF_FILE (default signdoctor.sarif),
# INPUT_SUMMARY (true or false); GITHUB_STEP_SUMMARY and GITHUB_OUTPUT as the
# runner sets them (skipped when unset).
set -uo pipefail
shopt -s nullglob globstar

sd="${SIGNDOCTOR:-signdoctor}"
sarif="${INPUT_SARIF_FILE:-signdoctor.sarif}"

# One pattern per line; a pattern is a glob when it has *, ? or [, and a
# glob that matches nothing is a mistake in the workflow, not a pass.
files=()
while IFS= read -r pattern || [ -n "$pattern" ]; do
	pattern="${pattern#"${pattern%%[![:space:]]*}"}"
	pattern="${pattern%"${pattern##*[![:space:]]}"}"
	[ -z "$pattern" ] && continue
	if [[ "$pattern" == *[*?[]* ]]; then
		# Word splitting is off for the expansion: names with spaces stay whole.
		old_ifs="$IFS"
		IFS=
		# shellcheck disable=SC2206 # the glob is meant to expand
		matches=($pattern)
		IFS="$old_ifs"
		if [ ${#matches[@]} -eq 0 ]; then
			echo "::error title=signdoctor::no file matches ${pattern//::/: :}"
			exit 2
		fi
		files+=("${matches[@]}")
	else
		files+=("$pattern")
	fi
done <<<"${INPUT_FILES:-}"
if [ ${#files[@]} -eq 0 ]; then
	echo "::error title=signdoctor::no files given (the files input)"
	exit 2
fi

args=(check --sarif "$sarif")
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_NOW:-}" ] && args+=(--now "$INPUT_NOW")
[ -n "${INPUT_DEVICE:-}" ] && args+=(--device "$INPUT_DEVICE")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
if [ "${INPUT_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
	args+=(--markdown "$GITHUB_STEP_SUMMARY")
fi

# The text report goes to the log; signdoctor escapes what the files
# contain, so no line of it can be a workflow command.
"$sd" "${args[@]}" -- "${files[@]}"
code=$?

if [ -n "${GITHUB_OUTPUT:-}" ]; then
	{
		echo "exit-code=$code"
		[ -f "$sarif" ] && echo "sarif-file=$sarif"
	} >>"$GITHUB_OUTPUT"
fi
exit "$code"
