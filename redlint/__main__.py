from redlint.entry import main

main()
