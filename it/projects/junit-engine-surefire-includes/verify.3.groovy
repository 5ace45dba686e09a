// Step 3, 'mvn test -Dtest=CodecTest': the class the user asked for runs, and nothing is said about HotBudget.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('HotBudget')
assert log.contains('BUILD SUCCESS')
true
