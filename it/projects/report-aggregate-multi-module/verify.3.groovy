// Step 3, 'mvn verify': lib's check fails the build, which stops there: no aggregate is written, and the modules
// leave the job summary to it (step 4 writes it, as a CI step run on failure would).
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log

assert log.contains('BUILD FAILURE')
assert log.contains('allocbudget: 1 method checked in')
assert !log.contains("allocbudget: the build's report: ")
assert !new File(basedir, 'target/allocbudget-aggregate').exists()
assert !new File(basedir, 'job-summary.md').exists()
true
