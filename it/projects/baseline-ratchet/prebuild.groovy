// The committed allocbudget-baseline.json holds figures for Java 17. They are the same on later JDKs for these
// methods (an Integer, an int[8], a StringBuilder's String), so on another JDK the section is moved to that JDK's
// feature version; on JDK 17 the file stays as committed.
def java = Runtime.version().feature() as String
def file = new File(basedir, 'allocbudget-baseline.json')
file.text = file.text.replace('\n    "17": {\n', "\n    \"${java}\": {\n")
new File(basedir, 'baseline-committed.json').text = file.text // to compare with after each step
true
