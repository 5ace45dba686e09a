// Step 2, JMH: the method runs on four threads (-t 4), one shared instance, and JMH agrees it allocates nothing.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def counter = json.methods.find { it.id == 'demo.Contention#sharedCounter' }
assert counter.jmh != null && counter.jmh.allocNorm < 0.01 : counter.jmh
assert counter.jmh.allocDisagreement == null
// JMH ran it on the budget's threads, as announced (no "its own settings")
assert log =~ /\[INFO\] \[jmh 1\/1\] demo\.Contention#sharedCounter  .* B\/op  \(4 threads\)\n/
true
