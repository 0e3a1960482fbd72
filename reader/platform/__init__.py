"""What the app needs from the computer it runs on: its files, paths, fonts,
language, log, privacy from client libraries and safe reading and writing."""
