// The `lacralo` command: dispatches to its subcommands.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`lacralo: not implemented yet (${argv.join(' ')})\n`)
  return 2
}
