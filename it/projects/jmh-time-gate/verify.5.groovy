// Step 5, a reference version that does not exist: a configuration error that names the path and the artifact it
// tried, and the repositories, before any fork starts.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
assert log.contains("allocbudget: allocbudget.reference is '9.9.9': not a file or directory (${new File(basedir, '9.9.9').path} does not exist), and it.demo:jmh-time-gate:jar:9.9.9 could not be resolved from ".toString())
assert !log.contains('Measuring allocation')
assert !log.contains('[jmh ')
assert log.contains('BUILD FAILURE')
true
