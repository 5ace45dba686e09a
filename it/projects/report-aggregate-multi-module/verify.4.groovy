// Step 4, 'mvn allocbudget:report-aggregate' after the failed build: the report of the reports on disk, lib's failure
// first, and one section in the job summary.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def slurper = new groovy.json.JsonSlurper()
def out = new File(basedir, 'target/allocbudget-aggregate')

assert log.contains('BUILD SUCCESS')
assert log.findAll(/allocbudget: the build's report: /).size() == 1
assert log.contains('[INFO] allocbudget: the build: 3 methods in 3 of 4 modules: 2 passed, 1 over budget, 0 regressed,'
        + ' 0 errors; no module was checked in this build: the reports are from earlier ones; no report from 1 module'
        + ' (shop)')
def json = slurper.parse(new File(out, 'report.json'))
assert json.methods*.verdict == ['FAIL', 'PASS', 'PASS']
assert json.methods*.module == ['lib', 'app', 'util']
assert json.modules.every { !it.earlierBuild }
def summary = new File(basedir, 'job-summary.md').text
assert summary.findAll(/(?m)^### allocbudget/).size() == 1
assert summary.contains('| ❌ **over budget** | lib | `demo.lib.PricesBudget#boxed` |')

new File(basedir, 'job-summary.md').delete()
out.deleteDir()
true
