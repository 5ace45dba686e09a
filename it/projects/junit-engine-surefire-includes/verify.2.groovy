// Step 2, a JVM per class (-DreuseForks=false): each fork reads the whole list of classes Surefire matched, and only
// the one running the first of them reports the budget class, so the run still has one error.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
assert log.contains('Tests run: 3, Failures: 0, Errors: 1, Skipped: 0')
assert log.count('allocbudget: Surefire did not hand these budget classes') == 2 // the test's line and the summary
true
