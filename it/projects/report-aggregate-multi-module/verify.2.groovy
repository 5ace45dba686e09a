// Step 2, 'mvn verify -pl util': one module in the build; the aggregate still has every module, the others shown as
// left out of this build, with their reports of step 1.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def slurper = new groovy.json.JsonSlurper()
def out = new File(basedir, 'target/allocbudget-aggregate')

assert log.contains('BUILD SUCCESS')
assert log.findAll(/allocbudget: the build's report: /).size() == 1
// a module checked before this build is said so on the console
assert log.contains('[WARNING] allocbudget: report-aggregate: module lib: not in this build (left out by -pl or -rf);'
        + ' from an earlier build: written ')
def json = slurper.parse(new File(out, 'report.json'))
assert json.modules*.module == ['shop', 'util', 'lib', 'app']
assert json.modules*.inThisBuild == [false, true, false, false]
assert json.modules*.earlierBuild == [false, false, true, true]
assert json.methods*.module == ['lib', 'app', 'util']
def summary = new File(basedir, 'job-summary.md').text
assert summary.findAll(/(?m)^### allocbudget/).size() == 1
assert summary.contains('> **lib**: not in this build (left out by -pl or -rf); from an earlier build: written ')

new File(basedir, 'job-summary.md').delete()
out.deleteDir()
true
