// signal-exit 3 (Ink's) requires node:assert to check its own argument (assert.equal) each
// time a handler is added; loading assert costs a review's start-up a few ms. A check that
// passes (==, as assert.equal compares) is answered here; any other goes to assert itself.
module.exports = {
  equal: (actual, expected, message) => {
    if (actual == expected) return;
    process.getBuiltinModule('node:assert').equal(actual, expected, message);
  },
};
