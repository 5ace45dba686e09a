// Step 2 compiled the sources. Now a user edits the main code after that compile: Ids.unboxed gains a comment, and
// the file is dated after its class, as an editor's save would date it.
def source = new File(basedir, 'src/main/java/demo/Ids.java')
def compiled = new File(basedir, 'target/classes/demo/Ids.class')
assert compiled.isFile()
source.text = source.text + '// edited after the compile\n'
assert source.setLastModified(compiled.lastModified() + 5000)
true
