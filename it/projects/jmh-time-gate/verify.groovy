// After all four steps (invoker.properties); the per-step checks are in verify.1.groovy ... verify.4.groovy.
def log = new File(basedir, 'build.log').text
def goals = log.findAll(/--- allocbudget-maven-plugin:\S+:(check|baseline) /) { it[1] }
def results = log.findAll(/BUILD (SUCCESS|FAILURE)/) { it[1] }
def checked = (1..4).findAll { log.contains("Finished post-build script: ${new File(basedir, "verify.${it}.groovy")}") }

assert goals == ['baseline', 'check', 'check', 'check']
assert results == ['SUCCESS', 'SUCCESS', 'FAILURE', 'SUCCESS']
assert checked == [1, 2, 3, 4]
true
