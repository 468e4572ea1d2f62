from configurator.app_launcher import entry

if __name__ == "__main__":
    entry()
