from redlint.cli.entry import main

main()
