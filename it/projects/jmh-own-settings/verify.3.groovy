// Step 3: a check without JMH after two JMH runs: their outputs are removed, not left looking like this build's
def dir = new File(basedir, 'target/allocbudget')
assert new File(dir, 'report.json').isFile()
assert !new File(dir, 'jmh-result.json').exists()
assert !new File(dir, 'jmh').exists()
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.methods.every { it.jmh == null }
// report files are created as any file is, with the umask's permissions (not owner-only)
def plain = java.nio.file.Files.createFile(new File(dir, 'plain.txt').toPath())
assert java.nio.file.Files.getPosixFilePermissions(new File(dir, 'report.json').toPath()) ==
        java.nio.file.Files.getPosixFilePermissions(plain)
true
