def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Tests are skipped.')
assert log.contains('[INFO] Skipping allocation budget check: skipTests is set.')
assert !log.contains('Measuring allocation')
assert log.contains('BUILD SUCCESS') // buffer() allocates 48 B against a budget of 0: only the skip lets this pass
// -DskipTests still compiles the tests; the check skips like surefire does
assert new File(basedir, 'target/test-classes/demo/BufferBudget.class').isFile()
assert !new File(basedir, 'target/allocbudget').exists() : 'a skipped check writes no report and starts no fork'
true
