// Step 5, 'mvn -T 2 verify -Dallocbudget.failOnViolation=false': in a parallel build, the module that finds every
// other one done writes the aggregate, once.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def slurper = new groovy.json.JsonSlurper()

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('BUILD SUCCESS')
assert log.findAll(/allocbudget: the build's report: /).size() == 1
def json = slurper.parse(new File(basedir, 'target/allocbudget-aggregate/report.json'))
assert json.modules*.state == ['MISSING', 'READ', 'READ', 'READ']
assert json.modules.every { it.inThisBuild && !it.earlierBuild }
assert json.methods*.id == ['demo.lib.PricesBudget#boxed', 'demo.app.CheckoutBudget#total', 'demo.util.PairsBudget#pair']
assert new File(basedir, 'job-summary.md').text.findAll(/(?m)^### allocbudget/).size() == 1
true
