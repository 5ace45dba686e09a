// Step 2 compiled the sources. Now a user edits the main code after that compile: Ids.java gains a comment. The
// class is dated back, so that the edit is later than the compile however fast this machine is (a file system may
// keep times in whole seconds); the source keeps the time of the edit, so the next compile still sees it is newer.
def source = new File(basedir, 'src/main/java/demo/Ids.java')
def compiled = new File(basedir, 'target/classes/demo/Ids.class')
assert compiled.isFile()
assert compiled.setLastModified(compiled.lastModified() - 10_000)
source.text = source.text + '// edited after the compile\n'
assert source.lastModified() > compiled.lastModified()
true
