# CAMEO code prefix -> PLOVER category, for the event lexicon's frames (a frame may still
# say plover= itself). The longest matching prefix wins. Written from the CAMEO and PLOVER
# codebooks' definitions.
plover 02 REQUEST
plover 03 AGREE
plover 04 CONSULT
plover 05 SUPPORT
plover 057 AGREE
plover 06 COOPERATE
plover 07 AID
plover 08 CONCEDE
plover 084 RETREAT
plover 085 RETREAT
plover 086 RETREAT
plover 087 RETREAT
plover 09 ACCUSE
plover 10 REQUEST
plover 11 ACCUSE
plover 12 REJECT
plover 13 THREATEN
plover 14 PROTEST
plover 15 MOBILIZE
plover 16 SANCTION
plover 17 COERCE
plover 18 ASSAULT
plover 19 ASSAULT
plover 20 ASSAULT
