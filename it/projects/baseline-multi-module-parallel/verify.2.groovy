// Step 2, '-T 2 allocbudget:baseline -Dshared.baseline': both modules are configured for one file at the root of the
// build. The first module to use it owns it; the other is stopped before it measures anything. Which module comes
// first depends on the scheduling of the two threads, so this checks the outcome whichever it was.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def shared = new File(basedir, 'allocbudget-baseline.json')
def ids = ['alpha', 'beta'].collect { "it.demo:${it}:jar:1.0".toString() }

def stopped = log.findAll(/allocbudget: modules (\S+) and (\S+) both use the baseline file (\S+); give each module its own \(the default is \$\{project\.basedir\}\/allocbudget-baseline\.json\), so that neither overwrites the other's figures\./) {
    it[1..3]
}.unique()
assert stopped.size() == 1 : 'one module stopped, reported once'
def (owner, other, path) = stopped[0]
assert [owner, other].sort() == ids
assert path == shared.absolutePath
def ownerName = owner.split(':')[1], otherName = other.split(':')[1]
assert log =~ /\[ERROR\] Failed to execute goal dev\.allocbudget:allocbudget-maven-plugin:\S+:baseline \(default-cli\) on project ${otherName}: allocbudget: modules /
assert log.contains("Caused by: org.apache.maven.plugin.MojoExecutionException: allocbudget: modules ${owner} and ${other} both use")
// the stopped module measured nothing; the owner recorded its own methods, in the shared file
def prefix = "demo.${otherName}."
assert !log.contains("] ${prefix}")
assert log =~ /\[INFO\] ${ownerName} \.+ SUCCESS \[/
assert log =~ /\[INFO\] ${otherName} \.+ FAILURE \[/
assert log.contains('BUILD FAILURE')
def methods = new groovy.json.JsonSlurper().parse(shared).java.values()[0].methods.keySet()
assert methods.size() == 2 && methods.every { it.startsWith("demo.${ownerName}.") }
// the modules' own files are as step 1 left them
['alpha', 'beta'].each {
    assert new File(basedir, "${it}/allocbudget-baseline.json").bytes == new File(basedir, "${it}-baseline-step-1.json").bytes
}
true
