import Foundation

exit(Tool.main(CommandLine.arguments, context: Context()))
