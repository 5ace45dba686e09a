// Step 1, 'mvn verify -Dallocbudget.failOnViolation=false' with GITHUB_STEP_SUMMARY: every module checks itself,
// and the module that ends the build (app) writes one report for the whole build at the root.
def log = new File(basedir, 'build.log').text // the first step: the whole log
def slurper = new groovy.json.JsonSlurper()
def out = new File(basedir, 'target/allocbudget-aggregate')

assert log.contains('BUILD SUCCESS')
assert log.findAll(/\[INFO\] allocbudget: 1 method checked in/).size() == 3
// one aggregate, written once, by the last module of the reactor, after its own check
assert log.findAll(/allocbudget: the build's report: /).size() == 1
assert log.indexOf('allocbudget: the build\'s report: ') > log.lastIndexOf('demo.app.CheckoutBudget#total')
assert log.contains('[INFO] allocbudget: the build: 3 methods in 3 of 4 modules: 2 passed, 1 over budget, 0 regressed,'
        + ' 0 errors; no report from 1 module (shop)')
assert !log.contains('[WARNING] allocbudget: report-aggregate')
['report.json', 'report.md', 'report.html', 'TEST-allocbudget.xml'].each { assert new File(out, it).isFile() : it }
['util', 'lib', 'app'].each { assert !new File(basedir, "${it}/target/allocbudget-aggregate").exists() }

def json = slurper.parse(new File(out, 'report.json'))
assert json.formatVersion == 1
// every module of the reactor, in the build's order: the root (no report), util (reached only through lib) too
assert json.modules*.module == ['shop', 'util', 'lib', 'app']
assert json.modules*.modulePath == ['.', 'util', 'lib', 'app']
assert json.modules*.state == ['MISSING', 'READ', 'READ', 'READ']
assert json.modules[0].problem == 'no report: the check did not run here'
assert json.modules.every { it.inThisBuild && !it.earlierBuild && !it.otherJava }
assert json.modules*.report == ['target/allocbudget/report.json', 'util/target/allocbudget/report.json',
        'lib/target/allocbudget/report.json', 'app/target/budgets/report.json'] // app's pom moves its reports
// worst verdict first, then by module
assert json.methods*.module == ['lib', 'app', 'util']
assert json.methods*.id == ['demo.lib.PricesBudget#boxed', 'demo.app.CheckoutBudget#total', 'demo.util.PairsBudget#pair']
assert json.methods*.verdict == ['FAIL', 'PASS', 'PASS']
assert json.methods*.bytesPerOp == [16, 0, 32]
// each entry is the module's own, whole, with its module in front
def lib = slurper.parse(new File(basedir, 'lib/target/allocbudget/report.json'))
def entry = new LinkedHashMap(json.methods[0])
entry.remove('module'); entry.remove('modulePath')
assert entry == lib.methods[0]
assert json.modules[2].environment == lib.environment

// the job summary: one section for the build, no module's own table
def summary = new File(basedir, 'job-summary.md').text
assert summary.findAll(/(?m)^### allocbudget/).size() == 1
assert summary.startsWith('### allocbudget: shop (4 modules)\n\n❌ 1 of 3 methods needs attention: ')
assert summary.contains('> No report (the check did not run here): `shop`')
assert summary.contains('| ❌ **over budget** | lib | `demo.lib.PricesBudget#boxed` | 16 | 0 |')
def fold = summary.indexOf('<details><summary>2 methods passed</summary>')
assert fold > summary.indexOf('demo.lib.PricesBudget#boxed')
assert summary.indexOf('`demo.app.CheckoutBudget#total`') > fold
assert summary.indexOf('`demo.util.PairsBudget#pair`') > fold
assert summary == new File(out, 'report.md').text + '\n' // the same text

// JUnit XML: one suite per module; the root's is skipped (no report), lib's has the failure
def xml = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-allocbudget.xml'))
assert xml.name() == 'testsuites'
assert xml.testsuite*.@name*.text() == ['allocbudget.shop', 'allocbudget.util', 'allocbudget.lib', 'allocbudget.app']
assert xml.@failures.text() == '1' && xml.@skipped.text() == '1' && xml.@errors.text() == '0'
def boxed = xml.testsuite.testcase.find { it.@classname == 'demo.lib.PricesBudget' && it.@name == 'boxed' }
assert boxed.failure.@type.text() == 'allocbudget.OverBudget'

// the page links each module's own report
def html = new File(out, 'report.html').text
assert html.contains('<h1 class="headline bad">1 of 3 methods needs attention</h1>')
['util/target/allocbudget': 'util', 'lib/target/allocbudget': 'lib', 'app/target/budgets': 'app'].each { dir, name ->
    assert html.contains("<a href=\"../../${dir}/report.html\">${name}</a>")
}
assert !html.contains('<script')

// for the next steps
new File(basedir, 'job-summary.md').delete()
true
