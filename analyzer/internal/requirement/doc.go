// Package requirement reads, writes and evaluates Apple's code requirement
// language: the small boolean language behind codesign's designated
// requirement, `codesign -r`, `csreq` and SecRequirementCreateWithString.
//
// A requirement exists in two forms. The binary form is a blob (magic
// 0xfade0c00, kind 1) holding a program in prefix notation: each 32-bit
// big-endian opcode is followed by its operands, and and/or take two
// sub-expressions. Signatures carry a set of them (magic 0xfade0c01), indexed
// by type: 1 host, 2 guest, 3 designated, 4 library, 5 plugin. The text form
// is what `codesign -d -r-` prints and what the requirement compiler reads.
//
// Decompile and DecompileSet print binary requirements exactly as Apple's
// decompiler (reqdumper in Security.framework) does: the same keywords, the
// same choice between bare words, quoted strings and 0x… hex, the same
// parentheses, the same `/* exists */` comment. They walk the byte stream the
// way Apple's does, so even damaged programs print as codesign would print
// them. One intended difference: Apple formats bare words through a 256-byte
// buffer and so cuts words longer than 255 characters; this package prints
// them whole.
//
// Compile (and ParseText) read the text form with Apple's grammar and
// precedence (! binds tighter than and, and tighter than or; and/or chains
// group to the left, as csreq builds them). Errors carry the line and column.
// The parser accepts a few forms Apple's own does not, so that everything the
// decompiler prints compiles back to the same program: `\\` inside quoted
// strings (Apple prints it but cannot read it), 0x… hex where a name or key is
// expected (Apple prints non-ASCII names that way), date literals in the
// `<2019-06-01 00:00:00 +0000>` form the decompiler prints, keys starting with
// a dot or containing words like `a.1b`, `invalid =>` for type 0 and negative
// platform numbers. Certificate files (`anchor = /path/cert.cer`) cannot be
// read here and are reported as errors.
//
// Evaluate judges a requirement against what a signature says (identifier,
// certificate chain, Info.plist, entitlements, CDHashes) and explains each
// clause. Conditions that depend on the Mac doing the check (trust settings,
// the notarization ticket, named requirements inside Security.framework) are
// reported as undetermined rather than guessed. Lint finds conditions that
// can never hold on Apple's chains (an intermediate's marker asked of the
// root) and "anchor apple", which only Apple's own code meets.
//
// ImplicitAdhoc and ImplicitDesignated make the designated requirement the
// system uses when a signature carries none, as Apple's DRMaker does; on the
// real-world corpus they rebuild every embedded designated requirement byte
// for byte.
//
// Two facts could not be checked against a Mac here: the date form (Apple
// prints dates through CFCopyDescription of a CFDate, taken to be NSDate's
// "2019-06-01 00:00:00 +0000") and how codesign words errors.
package requirement
