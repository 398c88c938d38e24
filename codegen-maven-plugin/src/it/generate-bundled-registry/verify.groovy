// The consumer compiled against the generated enums, which hold the 81 bundled codes.
def generated = new File(basedir, 'target/generated-sources/smtp-status/it/smtpstatus/codes')
['StatusClass', 'StatusSubject', 'EnhancedStatusCode', 'AssociatedReplyCodes', 'RegistryReference',
 'StatusCodeRegistry'].each { name ->
    assert new File(generated, name + '.java').isFile() : "missing generated $name.java"
}
assert new File(basedir, 'target/classes/example/BounceClassifier.class').isFile()

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def codes = loader.loadClass('it.smtpstatus.codes.EnhancedStatusCode')
assert codes.enumConstants.length == 81
def classifier = loader.loadClass('example.BounceClassifier')
assert classifier.getMethod('describe', int, int).invoke(null, 1, 1) == '5.1.1 Bad destination mailbox address'
assert classifier.getMethod('describe', int, int).invoke(null, 7, 606) == 'unregistered'
assert classifier.getMethod('mailboxFullAllows552').invoke(null) == true

def log = new File(basedir, 'build.log').text
assert log.contains('smtp-status: generated 3 classes, 8 subjects, 81 codes into')
assert log.contains('6 files written, 0 unchanged, 0 stale deleted')
// The bundled registry's two known oddities (X.6.10's and X.7.28's junk "Associated basic status code")
// are at debug level only: a consumer's build log shows no warning from the plugin.
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.findAll { it.contains('smtp-status') || it.contains('.csv') || it.contains('.properties') } == [] : warnings
return true
