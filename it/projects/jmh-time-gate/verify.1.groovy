// Step 1, 'mvn verify -Dallocbudget.timeGate=true' with no reference: the gate has nothing to compare with, which
// is a configuration error (times recorded earlier, at another load, gate nothing), before any fork starts.
def log = new File(basedir, 'build.log').text // the first step: the whole log
assert log.contains('[ERROR] Failed to execute goal dev.allocbudget:allocbudget-maven-plugin:')
assert log.contains('allocbudget: the time gate (allocbudget.timeGate) compares each method\'s time with a'
        + ' reference version\'s, measured beside it in the same run, and no reference is named. Name one with'
        + ' -Dallocbudget.reference=<a released version of this module, such as 1.4.0, or the path of a jar or'
        + ' classes directory of the code to compare with>.')
assert !new File(basedir, 'target/allocbudget/forks').exists() : 'no fork started'
assert log.contains('BUILD FAILURE')

// the reference of the next steps: this version of the code (v1), as a CI job would build the target branch
def classes = new File(basedir, 'target/classes')
def reference = new File(basedir, 'reference-v1')
assert new File(classes, 'demo/Digest.class').isFile()
def from = classes.toPath()
java.nio.file.Files.walk(from).each { p ->
    java.nio.file.Files.copy(p, reference.toPath().resolve(from.relativize(p).toString()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING)
}

// step 2 runs with the cores busy (verify.2.groovy stops the load first thing): a spinning thread in this JVM, the one
// that runs the invoker, keeps one core busy, and the other builds of the invoker's first wave run beside this one
// (it/pom.xml), while the build under test runs in its own
def stop = new java.util.concurrent.atomic.AtomicBoolean()
System.properties.put('allocbudget.it.load', stop)
1.times {
    def t = new Thread({ long x = 0; while (!stop.get()) { x++ } } as Runnable, 'busy-' + it)
    t.daemon = true
    t.start()
}
true
