from redlint.cli import main

main()
