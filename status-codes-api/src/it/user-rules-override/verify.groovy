// The consumer's rules compiled into its own package, before the shipped ones; its tests ran against them.
def generated = new File(basedir, 'target/generated-sources/smtp-status/com/acme/bounces/AcmeRules.java')
assert generated.isFile()
def source = generated.text
assert source.contains('// acme.csv: 2 rules, SHA-256 ')
assert source.indexOf('<li>acme.csv: 2 rules') < source.indexOf('<li>microsoft.csv:')
assert source.chars().allMatch { it < 0x80 }

def log = new File(basedir, 'build.log').text
assert log =~ /smtp-status: compiled 2 rules of acme\.csv and \d+ shipped rules \(\d+ phrases\) into com\.acme\.bounces\.AcmeRules/
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
