"""Writes form.xls, a small XLSForm as Excel 97-2003 saves it (BIFF8), for the .xls reader's tests.

Run with `pip install xlwt && python3 make.py`. The output is deterministic for a given xlwt.
Three sheets in this order: survey (with a group, a select, a number cell, an Arabic label and a
row left blank), choices, settings.
"""

import xlwt

book = xlwt.Workbook(encoding="utf-8")
survey = book.add_sheet("survey")
rows = [
    ["type", "name", "label::English (en)", "label::Arabic (ar)", "required"],
    ["begin group", "about", "About you", "عنك", ""],
    ["text", "given_name", "Your given name", "اسمك", "yes"],
    ["integer", "age", "Your age", "عمرك", ""],
    [],
    ["select_one yes_no", "newcomer", "Did you arrive this year?", "هل وصلت هذا العام؟", "TRUE"],
    ["end group", "", "", "", ""],
]
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        if value != "":
            survey.write(r, c, value)
# A number cell, as a person types one: the reader must give "7", not "7.0".
survey.write(8, 0, "note")
survey.write(8, 1, "thanks")
survey.write(8, 2, 7)

choices = book.add_sheet("choices")
for r, row in enumerate(
    [
        ["list_name", "name", "label::English (en)", "label::Arabic (ar)"],
        ["yes_no", "yes", "Yes", "نعم"],
        ["yes_no", "no", "No", "لا"],
    ]
):
    for c, value in enumerate(row):
        choices.write(r, c, value)

settings = book.add_sheet("settings")
settings.write(0, 0, "form_title")
settings.write(0, 1, "form_id")
settings.write(1, 0, "Welcome survey")
settings.write(1, 1, "welcome")

book.save("form.xls")
