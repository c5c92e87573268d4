"""Quotations in single marks and in the world's marks, as UK, Irish, Australian, German,
French and other outlets print them: the test set of bench_marks.py."""
