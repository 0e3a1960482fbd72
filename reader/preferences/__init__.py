"""What the reader and the administrator choose: the settings table, the
administrator's file, colour themes and the text style."""
