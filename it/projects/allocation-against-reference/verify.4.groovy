// Step 4: with a baseline file, allocation is compared with the file; the reference would serve the time gate only.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def file = new File(basedir, 'allocbudget-baseline.json').canonicalPath
assert log.contains('[WARNING] The reference reference-v1 is not used: allocation is compared with the baseline file '
        + file + ', and times are compared with a reference only with -Dallocbudget.timeGate=true.\n')
assert !new File(basedir, 'target/allocbudget/forks').list().any { it.contains('reference') }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.methods*.baseline*.status == ['SAME', 'SAME', 'SAME', 'SAME']
assert json.methods.every { !it.baseline.containsKey('reference') }
assert log =~ /\[INFO\] allocbudget: 4 methods checked in \d+\.\d s: 4 passed \(0 improved, 0 new\), 0 over budget, 0 regressed, 0 errors\n/
assert log.contains('BUILD SUCCESS')
true
