// After all five steps (invoker.properties): the invoker appends every invocation to one build.log, and the
// per-step checks are in verify.1.groovy ... verify.5.groovy. This one checks the sequence as a whole.
def log = new File(basedir, 'build.log').text
def goals = log.findAll(/--- allocbudget-maven-plugin:\S+:(check|baseline) /) { it[1] }
def results = log.findAll(/BUILD (SUCCESS|FAILURE)/) { it[1] }
def checked = (1..5).findAll { log.contains("Finished post-build script: ${new File(basedir, "verify.${it}.groovy")}") }

assert goals == ['check', 'baseline', 'check', 'baseline', 'check']
assert results == ['SUCCESS', 'SUCCESS', 'FAILURE', 'SUCCESS', 'SUCCESS']
assert checked == [1, 2, 3, 4, 5]
true
