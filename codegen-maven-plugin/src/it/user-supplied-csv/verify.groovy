// Own tables, names and package: the generated types live in com.example.mailstatus.
def generated = new File(basedir, 'target/generated-sources/mail-status/com/example/mailstatus')
assert new File(generated, 'EnhancedStatusCode.java').isFile()
assert !new File(basedir, 'target/generated-sources/smtp-status').exists()
assert new File(basedir, 'target/classes/example/QuotaCheck.class').isFile()

def source = new File(generated, 'EnhancedStatusCode.java').text
assert source =~ /(?m)^    DAILY_QUOTA_EXCEEDED[,;]$/
assert source =~ /(?m)^    QUOTA_DEPASSEE_HOURLY[,;]$/     // derived: accents folded, punctuation collapsed
assert source.contains('"Quota d\\u00e9pass\\u00e9e (hourly)"') // non-ASCII escaped in literals
assert source.contains('AssociatedReplyCodes.listed("452 or 552", new int[] {452, 552}, new int[] {})')
assert source.contains('AssociatedReplyCodes.listed("4XX", new int[] {}, new int[] {4})')

def registry = new File(generated, 'StatusCodeRegistry.java').text
assert registry.contains('public static final int CODE_COUNT = 4;')
assert registry.contains('"codes.csv"')

def log = new File(basedir, 'build.log').text
assert log.contains('smtp-status: generated 3 classes, 3 subjects, 4 codes into')
return true
