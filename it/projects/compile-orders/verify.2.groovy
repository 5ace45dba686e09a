// Step 2, the smaller deciding: the stored figures of both orders are reused, and 64 passes the budget of 72.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:') < 0 ? 0 : whole.lastIndexOf('Finished post-build script:'))
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def s = json.methods.find { it.id == 'it.demo.OrderBudget#viaString' }
assert s.verdict == 'PASS' && s.bytesPerOp == 64 && s.reused : s
assert s.compileOrders == [
        [order: 'calleesFirst', bytesPerOp: 88, decided: false, problem: null],
        [order: 'methodFirst', bytesPerOp: 64, decided: true, problem: null]] : s.compileOrders
assert log =~ /\[INFO\] \[\d\/2\] it\.demo\.OrderBudget#viaString  64 B\/op  PASS  0\.0 s  \(also 88 B\/op with the callees compiled first\)  \(unchanged\)\n/
true
