// terminal-size (Ink's) imports execFileSync for its last resorts (asking tput or resize),
// which a terminal that reports its size never reaches. Importing node:child_process at once
// also loads dgram and net's socket list: a few ms of a review's start-up. Loaded on first call.
export function execFileSync(...args) {
  return process.getBuiltinModule('node:child_process').execFileSync(...args);
}
