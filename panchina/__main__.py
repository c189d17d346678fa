from panchina.cli.app import main

main()
