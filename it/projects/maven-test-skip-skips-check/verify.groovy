def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Skipping allocation budget check: maven.test.skip is set.')
assert !log.contains('Measuring allocation')
// not "the test classes are not compiled": maven.test.skip is a request, not a mistake
assert !log.contains('not compiled')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/test-classes').exists() : 'maven.test.skip does not compile the tests'
assert !new File(basedir, 'target/allocbudget').exists() : 'a skipped check writes no report and starts no fork'
true
