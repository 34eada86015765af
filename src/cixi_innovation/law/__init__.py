"""The law: the Measures as data (法规文本与参数).

The notice and its force (Art. 24), the article and annex texts in Chinese and English,
the registry of which code implements which provision, the parameters the text fixes,
the named readings of its ambiguous points, and the Art. 9 core indicators.  Imports
only from :mod:`cixi_innovation.values`.
"""
