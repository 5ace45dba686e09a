def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Skipping allocation budget check: allocbudget.skip is set.')
// a property no parameter reads: one warning, before the skip, naming the closest known property
def unknown = '[WARNING] allocbudget.includs is set, but no allocbudget setting has that name, so it changes' +
        ' nothing. Did you mean allocbudget.includes? A setting\'s name is \'allocbudget.\' followed by the goal' +
        ' parameter\'s name.'
assert log.contains(unknown)
assert log.indexOf(unknown) < log.indexOf('Skipping allocation budget check')
assert log.findAll(/\[WARNING\] allocbudget\.\S+ is set, but/).size() == 1 : 'only the misspelled one'
assert !log.contains('Measuring allocation')
assert log.contains('BUILD SUCCESS') // buffer() allocates 48 B against a budget of 0: only the skip lets this pass
// the tests were compiled; the check chose not to look at them
assert new File(basedir, 'target/test-classes/demo/BufferBudget.class').isFile()
assert !new File(basedir, 'target/allocbudget').exists() : 'a skipped check writes no report and starts no fork'
true
